from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i AS k1, sum(CASE WHEN (dt != greatest(dt, dt)) THEN i ELSE 0 END) AS a1, min((i + m)) AS a2, round(avg(0.1D), 2) AS a3 FROM src GROUP BY k1 HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
