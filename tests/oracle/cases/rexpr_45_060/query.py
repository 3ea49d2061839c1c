from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT if(b, (f / nullif(i, 0)), CAST(k AS DOUBLE)) AS k1, round(avg(m), 0) AS a1, (max(size(split(substr(CAST(2.0D AS STRING), 0, 10), '[aeiou]'))) - min(size(split(substr(CAST(2.0D AS STRING), 0, 10), '[aeiou]')))) AS a2 FROM src GROUP BY 1")
OUTPUT_MODE = "complete"
