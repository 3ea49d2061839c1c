from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT").load(INPUT)
result = df.select("id", F.schema_of_csv("1,abc,2.5"), F.schema_of_csv(F.lit("2024-01-01,true,,12345678901,1e3,\"x,y\"")).alias("s2"),
    F.expr("schema_of_csv('a;b', map('sep', ';'))").alias("s3"), F.expr("schema_of_csv('2024-01-01 10:00:00,1.5,-7,NaN')").alias("s4"),
    F.schema_of_csv("2024-01-01T10:00:00Z, 5 ,+3,1.0,99999999999999999999,0.1e-2", {"sep": ","}).alias("s5"),
    F.schema_of_csv("TRUE,y,2024-1-1,-0,1.5f").alias("s6"))
OUTPUT_MODE = "append"
