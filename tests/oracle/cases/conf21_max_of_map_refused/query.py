from pyspark.sql import functions as F
from pyspark.sql.functions import expr, col
df = spark.readStream.schema("id INT, s STRING").json(INPUT)
result = df.groupBy("id").agg(F.max(expr("map(1, s)")).alias("m"))
OUTPUT_MODE = "update"
