from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CAST(0L AS DOUBLE) AS c1"), F.format_number(lit(0), 0).alias("c2"), expr("try_multiply(size(array_distinct(split(upper(s), '  *'))), datediff(TIMESTAMP'2024-03-01 12:30:00.123456', dt))").alias("c3")).where(((lit(False) > F.startswith(col("c2"), lit("é"))) | (col("id") > lit(1).cast("bigint"))))
OUTPUT_MODE = "append"
