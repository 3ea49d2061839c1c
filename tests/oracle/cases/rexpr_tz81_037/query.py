spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, f FLOAT, s STRING, k BIGINT, j INT, ts TIMESTAMP, dt DATE, i INT, d DOUBLE, m DECIMAL(10,2)").json(INPUT)
df.filter(((col("m") < expr("0.5")) | (col("k") == lit(1000).cast("bigint")))).createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN (ts IS NOT NULL) THEN dt ELSE dt END AS k1, max((NOT i)) AS a3, max(hour(ts)) AS a1, count_if((f IN (3.75D, CAST('NaN' AS DOUBLE), 0.5D))) AS a2 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
