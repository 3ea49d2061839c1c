from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("dateadd((trunc(dt, 'mon') - INTERVAL '1-1' YEAR TO MONTH), i)").alias("c1"), expr("to_date(date_format(dateadd(CASE WHEN (ts != dt) THEN dt WHEN (j <=> k) THEN date_sub(dt, i) WHEN (m >= 12.345) THEN dt ELSE dt END, i), 'yyyy-MM-dd'), 'yyyy-MM-dd')").alias("c2"), expr("instr(t, 'é')").alias("c3"), (F.greatest(F.to_timestamp(lit("2024-02-29 00:00:00")), col("ts"), col("ts")) - expr("INTERVAL 1 DAY")))
OUTPUT_MODE = "append"
