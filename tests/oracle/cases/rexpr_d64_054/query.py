from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (dt IS NOT NULL) AS k1, round(avg(i), 3) AS a1, round(avg(ceiling(TRY_CAST(j AS DECIMAL(10,4)))), 0) AS a2 FROM src GROUP BY k1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
