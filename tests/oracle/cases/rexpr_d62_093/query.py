from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, ts TIMESTAMP, dt DATE, n DECIMAL(4,1), i INT, j INT").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, (max(((100BD / nullif(0.5, 0)) / 3.5)) - min(((100BD / nullif(0.5, 0)) / 3.5))) AS a1, bool_or((i BETWEEN 3 AND 5)) AS a2, sum(locate('o', btrim(md5('o')), 1)) AS a3, sum(n) AS a4 FROM src GROUP BY i")
OUTPUT_MODE = "update"
