from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, m DECIMAL(10,2), ts TIMESTAMP, d DOUBLE, s STRING, i INT, t STRING, k BIGINT").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, count(id) AS a1, max(d) AS a2, avg(id) AS a3, round(avg((i - i)), 3) AS a4 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
