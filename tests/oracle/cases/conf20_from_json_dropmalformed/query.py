from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, s STRING").json(INPUT)
result = df.select("id", expr("from_json(s, 'a INT', map('mode', 'DROPMALFORMED')) AS j"))
OUTPUT_MODE = "append"
