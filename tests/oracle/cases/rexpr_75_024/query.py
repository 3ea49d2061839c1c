from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("add_months(dt, i)")).withColumn("c2", F.bround(col("n"), 1)).withColumn("c3", expr("TRY_CAST(substring(concat(lpad(s, 3, 'é'), s), 0, 1) AS BOOLEAN)")).withColumn("c4", F.date_trunc("QUARTER", F.nullif(F.to_timestamp(lit("2024-02-29 00:00:00")), F.to_timestamp(lit("1999-12-31 23:59:59.999")))))
OUTPUT_MODE = "append"
