from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CAST(ts AS DATE) AS k1, count_if((d IS NOT NULL)) AS a1, (max((round(CAST(b AS DECIMAL(12,2)), 0) / nullif(m, 0))) - min((round(CAST(b AS DECIMAL(12,2)), 0) / nullif(m, 0)))) AS a2, max(concat_ws('-', s, 'x-y', CAST(dt AS STRING))) AS a3, round(avg((i - i)), 0) AS a4 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
