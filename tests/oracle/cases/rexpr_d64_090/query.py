from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, b BOOLEAN, d DOUBLE, s STRING, j INT, i INT, dt DATE, m DECIMAL(18,6), ts TIMESTAMP").json(INPUT)
result = df.select(expr("CASE WHEN b THEN j WHEN ((make_timestamp(year(dt), month(dt), dayofmonth(dt), 23, 59, 59.999999) + INTERVAL -3 DAYS) > dt) THEN i WHEN b THEN CASE WHEN (j IS NOT NULL) THEN ((3 * i) + i) WHEN isnull(nullif(dt, DATE'2023-12-31')) THEN i ELSE i END ELSE j END AS c1"), col("s").endswith("é").alias("c2"), F.sqrt(col("dt")).alias("c3"), F.nullif(col("id"), lit(1).cast("bigint"))).where("coalesce(contains(s, 'é'), true)")
OUTPUT_MODE = "append"
