from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, s STRING, j INT, t STRING, i INT, dt DATE, d DOUBLE, m DECIMAL(10,2), k BIGINT").load(INPUT)
result = df.where((~F.coalesce((col("i") + col("i")).between(lit(2), lit(10)), lit(False)))).selectExpr("id", "bround(d, 2) AS c1", "nullif(m, 12.345) AS c2", "(3 * id) AS c3").filter("((t BETWEEN 'x-y' AND '42') OR (d IS NULL))")
OUTPUT_MODE = "append"
