from pyspark.sql.functions import expr
df = spark.readStream.schema("s STRING").json(INPUT)
result = df.select(expr("map_from_arrays(array(1, 1), array(s, s)) AS m"))
OUTPUT_MODE = "append"
