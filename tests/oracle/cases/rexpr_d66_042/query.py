from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT size(split(CASE WHEN (t > '日本') THEN s WHEN (s <= '') THEN 'é' ELSE t END, ' ')) AS k1, count(dt) AS a1, (max(i) - min(i)) AS a2, count(CASE WHEN (id = i) THEN dt ELSE dt END) AS a3, sum(5) AS a4 FROM src GROUP BY k1 HAVING count(*) >= 1")
OUTPUT_MODE = "update"
