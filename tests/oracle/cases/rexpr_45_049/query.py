from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(38,10), ts TIMESTAMP, j INT, n DECIMAL(5,3), i INT, s STRING, dt DATE, d DOUBLE, b BOOLEAN").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT hash(2) AS k1, sum(CASE WHEN (dt IS NOT NULL) THEN nvl2(d, m, 1.25) ELSE 0 END) AS a1, count(right(concat_ws('|', CAST(j AS STRING), s), 0)) AS a2, (max((i % nullif(i, 0))) - min((i % nullif(i, 0)))) AS a3 FROM src GROUP BY hash(2)")
OUTPUT_MODE = "complete"
