from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("coalesce(if((dt < to_date('2023-12-31')), (t <> '42'), (t BETWEEN '' AND '42')), true)").selectExpr("id", "regexp_extract(get(split(CASE WHEN b THEN s WHEN (d >= 100.0D) THEN s WHEN b THEN '' ELSE 'x-y' END, '  *'), 1), '([A-Za-z]+) ([A-Za-z]+)', 2) AS c1", "to_timestamp(date_format(CASE WHEN (i >= 2) THEN TIMESTAMP'2024-03-01 12:30:00.123456' ELSE ts END, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') AS c2", "date_format((greatest(TIMESTAMP'1999-12-31 23:59:59.999', ts) + INTERVAL 1 DAY), 'yyyy-MM-dd') AS c3", "regexp_replace(CAST(((dt - INTERVAL -10 DAYS) + INTERVAL '1-1' YEAR TO MONTH) AS STRING), '[aeiou]', '*') AS c4").where((F.nvl2(F.when((col("f") <= lit(-1.5)), col("m")).when(col("f").isNotNull(), col("m")).when(col("b"), lit(99.99).cast("decimal(4,2)")), col("b"), lit(True)) | col("s").isNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id"]
