from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("j", "date_from_unix_date(i) AS c1", "log10(try_add(m, 12.345))").filter((F.abs(col("i")).between(lit(10), lit(5)) | col("m").isNotNull()))
OUTPUT_MODE = "append"
