from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((s BETWEEN 'Hello' AND '日本') OR (d <> -1.5D))").withColumn("c1", F.str_to_map(F.concat(lit('a:1,b:2,c:'), expr("timestampdiff(HOUR, ts, ts)")))).withColumn("c2", expr("(i / nullif(d, 0))")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
