from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, count_if((NOT b)) AS a1, max(CASE WHEN i THEN 1 ELSE 0 END) AS a3, sum(CASE WHEN nvl((j = 1.25), true) THEN i ELSE 0 END) AS a2 FROM src GROUP BY i")
OUTPUT_MODE = "update"
