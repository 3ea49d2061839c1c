spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("dt").agg(expr("round(avg(pmod(m, nullif(m, 0))), 3) AS a1"), expr("(max((nullif(m, 0.001) - (m / 7.5))) - min((nullif(m, 0.001) - (m / 7.5)))) AS a2"), expr("(max(i) - min(i)) AS a3"), F.count_if((col("k") < lit(1).cast("bigint"))).alias("a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
