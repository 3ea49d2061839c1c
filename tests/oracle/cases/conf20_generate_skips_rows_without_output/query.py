from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, i INT, a ARRAY<INT>").json(INPUT)
result = df.selectExpr("id", "make_timestamp(2024, 1, 1, i, 0, 0) AS t", "explode(a) AS e")
OUTPUT_MODE = "append"
