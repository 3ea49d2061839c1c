from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, s STRING").json(INPUT)
result = df.select("id", expr("hex(from_base32(s)) AS h"), expr("length(from_base32(s)) AS n"))
OUTPUT_MODE = "append"
