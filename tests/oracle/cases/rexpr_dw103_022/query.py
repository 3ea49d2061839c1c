from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, dt DATE, t STRING, m DECIMAL(18,6), ts TIMESTAMP, i INT, n DECIMAL(9,5), s STRING, d DOUBLE").load(INPUT)
result = df.where((col("t") <= lit("a"))).groupBy("b").agg(expr("count_if(((s IS NOT NULL) OR b)) AS a1"), expr("count(try_multiply(i, i)) AS a2"), expr("round(avg(least(i, instr('', 'a'))), 3) AS a3"), expr("avg(greatest((3 * id), id)) AS a4"))
OUTPUT_MODE = "update"
