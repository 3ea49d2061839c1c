from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT regexp_extract(lpad(s, 8, ' '), '(.)(.)', 0) AS k1, count(concat(s, CAST(NULL AS STRING), t)) AS a1, (max((greatest(5, i) * (m - n))) - min((greatest(5, i) * (m - n)))) AS a2, max(sqrt(i)) AS a3, count_if((ln((d * d)) BETWEEN 0.1D AND CAST('NaN' AS DOUBLE))) AS a4 FROM src GROUP BY regexp_extract(lpad(s, 8, ' '), '(.)(.)', 0)")
OUTPUT_MODE = "update"
