from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, s STRING").json(INPUT)
result = df.select("id", expr("array_join(sentences(s), '/') AS j"))
OUTPUT_MODE = "append"
