from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.where(((~(col("t") == lit(""))) | (col("n") < expr("0.5")))).createOrReplaceTempView("src")
result = spark.sql("SELECT i AS k1, datediff(max(dateadd(dt, i)), min(dateadd(dt, i))) AS a1, sum(CASE WHEN CASE WHEN (m BETWEEN 0.5 AND 1.25) THEN endswith('42', '') WHEN b THEN (ts > TIMESTAMP'2024-02-29 00:00:00') ELSE false END THEN m ELSE 0 END) AS a2, sort_array(collect_set(concat_ws('', replace(t, 'o', '0'), concat_ws(', ', t, s, t)))) AS a3 FROM src GROUP BY k1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
