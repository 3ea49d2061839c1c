from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("d", expr("TRY_CAST('42' AS BOOLEAN)"), expr("(i - i) AS c2"), F.when(col("b"), col("s")).otherwise(col("s")).alias("c3"))
OUTPUT_MODE = "append"
