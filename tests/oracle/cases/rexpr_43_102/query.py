from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.where(((-col("i")).between(lit(2), lit(10)) | (col("i") != lit(0)))).createOrReplaceTempView("src")
result = spark.sql("SELECT dayofmonth(ts) AS k1, max(id) AS a1, count_if(b) AS a2, count(nullif(j, 1)) AS a3 FROM src GROUP BY dayofmonth(ts)")
OUTPUT_MODE = "update"
