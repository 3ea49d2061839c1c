from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT j, datediff(max((dt - INTERVAL 1 MONTH)), min((dt - INTERVAL 1 MONTH))) AS a1, count_if((3 <> id)) AS a2, avg(id) AS a3, (max(((i * d) + CASE WHEN (n > 0.001) THEN char_length('日本') ELSE i END)) - min(((i * d) + CASE WHEN (n > 0.001) THEN char_length('日本') ELSE i END))) AS a4 FROM src GROUP BY j HAVING count(*) >= 1")
OUTPUT_MODE = "update"
