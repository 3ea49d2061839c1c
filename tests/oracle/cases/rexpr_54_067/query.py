from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, bool_or(b) AS a1, bool_or(startswith(format_string('[%5s|%-4d]', t, id), ' ')) AS a2 FROM src GROUP BY i")
OUTPUT_MODE = "complete"
