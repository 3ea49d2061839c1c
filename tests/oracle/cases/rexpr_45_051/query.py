from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, n DECIMAL(20,0), i INT, ts TIMESTAMP, m DECIMAL(10,2), s STRING, f FLOAT, b BOOLEAN, d DOUBLE").json(INPUT)
result = df.where((~F.coalesce(((col("i") <= lit(10)) > col("b")), lit(False)))).select("id", "dt", expr("(id != i) AS c1"), expr("concat(CAST(date_add(dt, i) AS STRING), get(split(md5(nvl(s, 'o')), '  *'), 2))").alias("c2"), F.bround(col("n"), 0).alias("c3"))
OUTPUT_MODE = "append"
