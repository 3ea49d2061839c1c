from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter("(id <> 0L)").createOrReplaceTempView("src")
result = spark.sql("SELECT j, max(d) AS a1, count_if(((n + n) IN (1.25, 0.5))) AS a2, max(date_add(dt, d)) AS a3 FROM src GROUP BY j")
OUTPUT_MODE = "update"
