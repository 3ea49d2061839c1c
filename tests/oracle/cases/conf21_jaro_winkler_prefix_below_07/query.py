from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, a STRING, b STRING").json(INPUT)
result = df.select("id", expr("jaro_winkler_similarity(a, b) AS j"))
OUTPUT_MODE = "append"
