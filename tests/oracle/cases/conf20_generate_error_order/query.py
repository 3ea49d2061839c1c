from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, i INT, a ARRAY<INT>").json(INPUT)
result = df.selectExpr("id", "make_timestamp(2024, 1, 1, i, 0, 0) AS t", "slice(array(i, 2), 0, 1) AS s", "explode(a)")
OUTPUT_MODE = "append"
