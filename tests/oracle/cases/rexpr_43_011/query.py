from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, d DOUBLE, j INT, dt DATE, s STRING, i INT, f FLOAT, t STRING, m DECIMAL(38,10), ts TIMESTAMP").load(INPUT)
df.where(((col("i") < col("m")) | col("f").isNotNull())).createOrReplaceTempView("src")
result = spark.sql("SELECT (i <=> id) AS k1, min(concat_ws('|', t, s)) AS a1, bool_and(contains(t, 'o')) AS a2, datediff(max(dt), min(dt)) AS a3, max(trunc(dt, 'WEEK')) AS a4 FROM src GROUP BY (i <=> id)")
OUTPUT_MODE = "update"
