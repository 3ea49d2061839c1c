spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(5,3), t STRING, ts TIMESTAMP, d DOUBLE, b BOOLEAN, s STRING, dt DATE, m DECIMAL(10,2), i INT").load(INPUT)
result = df.filter(((F.when((col("t") >= lit("a")), col("m")).when(col("b"), col("n")).when(col("b"), col("n")) != col("d")) | col("ts").isNotNull())).groupBy(F.when(col("b"), lit(-1)).otherwise(lit(0)).alias("k1")).agg(F.count(expr("(id DIV nullif(0, 0))")).alias("a1"), F.bool_and((col("b") | (col("i") == lit(1)))).alias("a2"), expr("count_if(isnull(CAST(id AS BOOLEAN))) AS a3"))
OUTPUT_MODE = "update"
