from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("dateadd(trunc(dateadd(dt, i), 'YEAR'), greatest(i, i, i)) AS c1"), expr("(((i % nullif((5 * i), 0)) + i) NOT IN (3, 1, -1)) AS c2"), expr("add_months(nullif(least(dt, dt), to_date('2023-12-31')), coalesce(i, i, 5))").alias("c3"), lit("Hello").try_cast("bigint"), (-col("d")).alias("c5")).where("(c5 > 100.0D)")
OUTPUT_MODE = "append"
