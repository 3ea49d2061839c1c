from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((t LIKE '%') OR (ts IS NULL))").selectExpr("id", "translate(format_string('%d%%', 1L), 'aeiou', 'AEI') AS c1", "(dt + INTERVAL -10 DAYS) AS c2", "minute(ts) AS c3", "repeat(CAST(m AS STRING), 3) AS c4").where(((col("b") & col("ts").isNotNull()) | (col("i") < lit(2))))
OUTPUT_MODE = "append"
