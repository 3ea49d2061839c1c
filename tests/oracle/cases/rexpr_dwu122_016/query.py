from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("((m * m) * 100BD) AS c1"), expr("sequence(DATE'2024-01-31', DATE'2024-05-01', INTERVAL 1 MONTH)")).filter((F.coalesce(col("s").endswith("H"), (col("s") > lit("é")), lit(False)) | col("i").isNotNull()))
OUTPUT_MODE = "append"
