from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter("coalesce((id IS NOT NULL), true)").createOrReplaceTempView("src")
result = spark.sql("SELECT (i - i) AS k1, sum(CASE WHEN (pow(i, 3) IN (2.0D, 3.75D, CAST('NaN' AS DOUBLE))) THEN m ELSE 0 END) AS a1, (max(3) - min(3)) AS a2, max(try_to_date(t)) AS a3, count_if((NOT (s != 'é'))) AS a4 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
