from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, max(dayname(i)) AS a3, sum(CASE WHEN (ts <=> dt) THEN m ELSE 0 END) AS a1, round(skewness((- xpath_int('<a><b>' || i || '</b></a>', 'a/b'))), 6) AS a2 FROM src GROUP BY i")
OUTPUT_MODE = "complete"
