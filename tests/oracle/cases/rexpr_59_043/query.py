from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("cbrt(months_between(CAST(ts AS DATE), dt, false))")).withColumn("c2", expr("date_add(add_months(dt, i), 0)")).drop("k", "d", "n", "t", "b", "dt", "ts")
OUTPUT_MODE = "append"
