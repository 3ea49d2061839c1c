from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT j AS k1, round(avg(0.5D), 0) AS a1, sum(CASE WHEN (b AND b) THEN i ELSE 0 END) AS a2, (max(2) - min(2)) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
