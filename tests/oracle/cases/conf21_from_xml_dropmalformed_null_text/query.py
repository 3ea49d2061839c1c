from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, s STRING").json(INPUT)
result = df.select("id", expr("from_xml(s, 'a INT', map('mode', 'DROPMALFORMED')) AS x"))
OUTPUT_MODE = "append"
