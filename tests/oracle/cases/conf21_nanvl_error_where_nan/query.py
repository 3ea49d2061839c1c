from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, d DOUBLE, s STRING").json(INPUT)
result = df.select("id", expr("nanvl(d, s) AS v"))
OUTPUT_MODE = "append"
