from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, j INT, b BOOLEAN, ts TIMESTAMP, i INT, s STRING, m DECIMAL(12,4), d DOUBLE").json(INPUT)
result = df.select("id", F.left(expr("CAST((trunc(dt, 'WEEK') - CASE WHEN (dt >= to_date('2023-12-31')) THEN ts END) AS STRING)"), lit(4)).alias("c1"), expr("(TRY_CAST(i AS DECIMAL(6,3)) NOT IN (0.001, 1.25))").alias("c2"), F.sha2(F.format_number(col("j"), 0), 224).startswith("o").alias("c3"), expr("(nullif((ts + INTERVAL '1-2' YEAR TO MONTH), TIMESTAMP'2024-03-01 12:30:00.123456') + (((TIMESTAMP'1999-12-31 23:59:59.999' + INTERVAL '-1 00:00:01' DAY TO SECOND) - INTERVAL -3 DAYS) - nvl2(greatest(id, id, 1L), ts, TIMESTAMP'2024-02-29 00:00:00')))").alias("c4"), expr("(id DIV i)").alias("c5")).where(((F.dayofweek(F.to_date(lit("2025-03-01"))) != lit(1).cast("bigint")) | (col("m") >= expr("0.5"))))
OUTPUT_MODE = "append"
