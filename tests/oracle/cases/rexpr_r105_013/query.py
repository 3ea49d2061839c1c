from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, ts TIMESTAMP, j INT, d DOUBLE, i INT, n DECIMAL(5,3), s STRING, m DECIMAL(10,2)").load(INPUT)
df.where("(d IS NOT NULL)").createOrReplaceTempView("src")
result = spark.sql("SELECT (j >= 2) AS k1, i, round(var_pop(i), 6) AS a1, bit_or(i) AS a2, round(regr_slope(i, i), 6) AS a3 FROM src GROUP BY 1, 2")
OUTPUT_MODE = "update"
