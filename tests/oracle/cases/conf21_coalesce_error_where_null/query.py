from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, d DOUBLE, s STRING").json(INPUT)
result = df.select("id", expr("coalesce(d, CAST(s AS DOUBLE)) AS c"))
OUTPUT_MODE = "append"
