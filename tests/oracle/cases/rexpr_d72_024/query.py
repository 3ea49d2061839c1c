from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter(col("dt").isNotNull()).createOrReplaceTempView("src")
result = spark.sql("SELECT trunc(trunc(dt, 'YEAR'), 'WEEK') AS k1, count_if((m IS NOT NULL)) AS a1, count(b) AS a2 FROM src GROUP BY trunc(trunc(dt, 'YEAR'), 'WEEK') HAVING count(*) >= 1")
OUTPUT_MODE = "update"
