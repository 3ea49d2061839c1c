from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, i INT, t STRING, ts TIMESTAMP, d DOUBLE, m DECIMAL(18,6), dt DATE, j INT, f FLOAT, b BOOLEAN, n DECIMAL(9,5), k BIGINT").load(INPUT)
result = df.where((~F.coalesce((col("k") > col("f")), lit(False)))).select(expr("format_number(crc32(date_format(DATE'2023-12-31', 'yyyyMMdd')), 3)").alias("c1"), expr("ucase(repeat(substring(t, 5, 10), -1)) AS c2"), expr("sign(nullif(sign(d), -1.5D)) AS c3")).filter((col("c2") >= lit("42")))
OUTPUT_MODE = "append"
