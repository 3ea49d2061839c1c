from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.where("coalesce(b, true)").createOrReplaceTempView("src")
result = spark.sql("SELECT dt AS k1, max(CAST(dt AS INT)) AS a3, avg(id) AS a1, max(reverse(s)) AS a2 FROM src GROUP BY dt")
OUTPUT_MODE = "update"
