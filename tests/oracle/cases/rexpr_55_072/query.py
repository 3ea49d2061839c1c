from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, dt DATE, f FLOAT, s STRING, m DECIMAL(18,6), k BIGINT, i INT, j INT, n DECIMAL(4,1), ts TIMESTAMP, t STRING, b BOOLEAN").load(INPUT)
result = df.where((col("s").rlike("^$") | (col("dt") == F.to_date(lit("2000-01-01"))))).selectExpr("id", "sqrt(dt) AS c1", "CAST((b AND (d IS NOT NULL)) AS DOUBLE) AS c2", "(if((id <= 0L), d, f) * 1) AS c3").filter((F.coalesce(col("b"), lit(True)) | col("n").isNotNull()))
OUTPUT_MODE = "append"
